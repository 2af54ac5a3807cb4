export default function App() {
  return (
    <main className="min-h-screen flex items-center justify-center bg-slate-50 text-slate-900">
      <div className="text-center space-y-2">
        <h1 className="text-3xl font-bold">Your app starts here</h1>
        <p className="text-slate-600">Edit src/App.tsx to build it.</p>
      </div>
    </main>
  );
}
