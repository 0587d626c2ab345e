"use client";

import { Button } from "@/components/ui/button";

export function PrintButton() {
  return (
    <Button needsScript type="button" variant="secondary" onClick={() => window.print()} className="print:hidden">
      <span aria-hidden="true">🖨</span> Print
    </Button>
  );
}
