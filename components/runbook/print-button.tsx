"use client";

import { Printer } from "lucide-react";
import { InlineIcon } from "@/components/ui/inline-icon";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  return (
    <Button needsScript type="button" variant="secondary" onClick={() => window.print()} className="print:hidden">
      <InlineIcon icon={Printer} />
      Print
    </Button>
  );
}
