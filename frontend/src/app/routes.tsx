import type { RouteObject } from 'react-router-dom';
import { Layout } from '../components/Layout';
import { CataloguePage } from '../features/catalogue/routes/CataloguePage';
import { HomePage } from '../features/home/routes/HomePage';
import { StatusPage } from '../features/status/routes/StatusPage';
import { NotFoundPage } from './NotFoundPage';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'catalogue', element: <CataloguePage /> },
      { path: 'statut', element: <StatusPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
