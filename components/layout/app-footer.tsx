import { appVersion } from "@/lib/version";

export function AppFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl justify-between px-4 py-4 text-sm text-slate-600 sm:px-6">
        <span>Tokenbook keeps where secrets live, never the secrets themselves.</span>
        <span>Version {appVersion}</span>
      </div>
    </footer>
  );
}
