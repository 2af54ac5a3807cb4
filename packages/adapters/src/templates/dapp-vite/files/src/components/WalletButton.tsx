import { useAccount, useConnect, useDisconnect } from 'wagmi';

/** Connects the first available wallet, or shows the connected account with a disconnect button. */
export function WalletButton() {
  const { address, isConnected } = useAccount();
  const { connect, connectors, isPending } = useConnect();
  const { disconnect } = useDisconnect();
  if (isConnected && address) {
    return (
      <button className="rounded-full bg-slate-200 px-4 py-2 text-sm font-mono text-slate-800" onClick={() => disconnect()} title="Disconnect">
        {address.slice(0, 6)}…{address.slice(-4)}
      </button>
    );
  }
  const connector = connectors[0];
  return (
    <button
      className="rounded-full bg-indigo-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-50"
      disabled={!connector || isPending}
      onClick={() => connector && connect({ connector })}
    >
      {isPending ? 'Connecting…' : 'Connect wallet'}
    </button>
  );
}
