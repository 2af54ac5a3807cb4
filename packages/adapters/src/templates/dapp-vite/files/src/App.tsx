import { useAccount, useBlockNumber } from 'wagmi';
import { WalletButton } from './components/WalletButton';
import { address, contractName } from './contracts/deployed';

export default function App() {
  const { isConnected } = useAccount();
  const { data: blockNumber } = useBlockNumber({ watch: true });
  return (
    <main className="min-h-screen bg-slate-50 text-slate-900">
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-6 py-4">
        <h1 className="text-xl font-bold">{contractName || 'Your DApp'}</h1>
        <WalletButton />
      </header>
      <section className="mx-auto max-w-xl space-y-2 p-6 text-slate-600">
        <p>Contract: <span className="font-mono">{address}</span></p>
        <p>Block: {blockNumber === undefined ? '…' : blockNumber.toString()}</p>
        <p>{isConnected ? 'Wallet connected.' : 'Connect a wallet to send transactions.'}</p>
      </section>
    </main>
  );
}
