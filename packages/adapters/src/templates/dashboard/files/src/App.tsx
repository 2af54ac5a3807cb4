import BarChart from './components/charts/BarChart';
import LineChart from './components/charts/LineChart';
import DataTable from './components/DataTable';
import { orders, revenue } from './data';

export default function App() {
  const total = orders.reduce((sum, order) => sum + order.total, 0);
  return (
    <main className="min-h-screen space-y-4 bg-slate-100 p-6 text-slate-900">
      <h1 className="text-2xl font-bold">Dashboard</h1>
      <p>
        {orders.length} orders, ${total.toFixed(2)} in total
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <LineChart title="Revenue (k$)" points={revenue} />
        <BarChart title="Revenue by month (k$)" points={revenue} />
      </div>
      <DataTable
        caption="Recent orders"
        rows={orders}
        rowKey={(order) => order.id}
        columns={[
          { key: 'id', label: 'Order' },
          { key: 'customer', label: 'Customer' },
          { key: 'total', label: 'Total', format: (value) => `$${Number(value).toFixed(2)}` },
          { key: 'status', label: 'Status' },
        ]}
      />
    </main>
  );
}
