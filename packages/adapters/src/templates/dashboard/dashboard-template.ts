import type { Template } from '@buildwright/core';
import { reactGuidance } from '../shared/react-guidance.js';
import { reactViteBased } from '../shared/react-vite-based.js';
import { files } from './files.generated.js';

/**
 * A dashboard: SVG line and bar charts (no chart library), a sortable data table and mock data.
 * Built on the react-vite template's files (React 19, Vite 7, TypeScript strict, Tailwind CSS 4).
 *
 * @example
 * import { dashboardTemplate } from '@buildwright/adapters/templates';
 *
 * const run = builder.generate({ prompt: 'A ...', kind: 'web', template: dashboardTemplate.name });
 */
export const dashboardTemplate: Template = {
  name: 'dashboard',
  ...reactViteBased(files),
  description:
    'Dashboard in React 19: charts in plain SVG (src/components/charts/LineChart, BarChart), a sortable DataTable, mock data in src/data.ts with its types in src/types.ts. Vite 7, TypeScript (strict), Tailwind CSS 4; no chart library.',
  stack: ['react@19', 'vite@7', 'typescript@5', 'tailwindcss@4', 'eslint@9', 'svg'],
  tags: [
    'dashboard',
    'admin',
    'analytics',
    'metrics',
    'kpi',
    'chart',
    'charts',
    'graph',
    'line chart',
    'bar chart',
    'pie chart',
    'table',
    'data table',
    'report',
    'statistics',
    'stats',
    'sales',
    'revenue',
    'monitoring',
    'finance',
    'expenses',
  ],
  guidance: [
    reactGuidance.entry,
    reactGuidance.types,
    reactGuidance.config,
    reactGuidance.browser,
    'Charts: reuse or extend the SVG components of src/components/charts/ (viewBox, role="img", aria-label); do not add a chart library, the install is offline-first. Tables: DataTable with typed columns. Mock data goes in src/data.ts with its types in src/types.ts; fetch nothing in the preview.',
    'Numbers: format with toFixed or Intl.NumberFormat; keep charts readable at 360px wide.',
    reactGuidance.checks,
  ].join('\n'),
  searchText: [
    'Dashboard with charts and tables: analytics, KPIs and metrics at a glance, admin panels and reports built from mock data.',
    'Charts and graphs: line charts, bar charts, trends over time, revenue and sales by month, expenses and budgets, monitoring, statistics.',
    'Data tables: sortable and filterable tables of orders, users, transactions or logs, with totals and summary cards.',
  ].join('\n'),
};
