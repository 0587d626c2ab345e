export default function LoadingTokens() {
  return (
    <div className="space-y-6" aria-busy="true">
      <h1 className="text-2xl font-semibold">Tokens</h1>
      <p role="status" className="text-slate-700">
        Loading the token list…
      </p>
      <div className="h-64 animate-pulse rounded-xl border border-slate-200 bg-white" aria-hidden="true" />
    </div>
  );
}
