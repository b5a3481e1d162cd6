'use client';
import dynamic from 'next/dynamic';

// recharts (with its state library, about 100 KB gzip) draws only on the analytics page, but this
// component is exported from the module's components entry point, which the root layout imports
// for the consent banner: every client component reachable there is in every page's first-load JS.
// Loaded on demand (still rendered on the server), recharts stays with the pages that draw a chart.
export const AnalyticsCharts = dynamic(() => import('./analytics-recharts').then((m) => m.AnalyticsCharts));
