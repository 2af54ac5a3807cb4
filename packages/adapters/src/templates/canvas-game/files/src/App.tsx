import GameCanvas from './components/GameCanvas';

export default function App() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 bg-slate-900 text-slate-100">
      <h1 className="text-3xl font-bold">Coin catcher</h1>
      <p>Arrow keys or WASD to move; catch the yellow coins.</p>
      <GameCanvas />
    </main>
  );
}
