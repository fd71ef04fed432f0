import type { RouteObject } from 'react-router-dom';
import { Layout } from '../components/Layout';
import { AccessibilityPage } from '../features/accessibility/routes/AccessibilityPage';
import { InvitationPage } from '../features/account/routes/InvitationPage';
import { PasswordForgotPage } from '../features/account/routes/PasswordForgotPage';
import { PasswordResetPage } from '../features/account/routes/PasswordResetPage';
import { SignInPage } from '../features/account/routes/SignInPage';
import { SignUpPage } from '../features/account/routes/SignUpPage';
import { AgreementFormPage } from '../features/agreements/routes/AgreementFormPage';
import { AgreementPage } from '../features/agreements/routes/AgreementPage';
import { AgreementsPage } from '../features/agreements/routes/AgreementsPage';
import { CataloguePage } from '../features/catalogue/routes/CataloguePage';
import { ListingPage } from '../features/catalogue/routes/ListingPage';
import { HomePage } from '../features/home/routes/HomePage';
import { InvoicePage } from '../features/invoicing/routes/InvoicePage';
import { InvoicesPage } from '../features/invoicing/routes/InvoicesPage';
import { NeedFormPage } from '../features/needs/routes/NeedFormPage';
import { NeedPage } from '../features/needs/routes/NeedPage';
import { NeedsPage } from '../features/needs/routes/NeedsPage';
import { SavedSearchesPage } from '../features/needs/routes/SavedSearchesPage';
import { UnsubscribePage } from '../features/needs/routes/UnsubscribePage';
import { SourcingStatisticsPage } from '../features/needs/routes/SourcingStatisticsPage';
import { NotificationsPage } from '../features/notifications/routes/NotificationsPage';
import { OperatorPage } from '../features/operator/routes/OperatorPage';
import { TaxonomyPage } from '../features/operator/routes/TaxonomyPage';
import { AddToCartPage } from '../features/ordering/routes/AddToCartPage';
import { CartPage } from '../features/ordering/routes/CartPage';
import { OrderPage } from '../features/ordering/routes/OrderPage';
import { ApprovalsPage, OrdersPage } from '../features/ordering/routes/OrdersPage';
import { AccountErasedPage, AccountPage } from '../features/privacy/routes/AccountPage';
import { CookiesPage, LegalNoticePage, PersonalDataPage } from '../features/privacy/routes/LegalPages';
import { OrganisationPage } from '../features/organisation/routes/OrganisationPage';
import { DashboardPage } from '../features/reporting/routes/DashboardPage';
import { SalesPage } from '../features/reporting/routes/SalesPage';
import { StatusPage } from '../features/status/routes/StatusPage';
import { ListingPage as StockListingPage } from '../features/stock/routes/ListingPage';
import { StockPage } from '../features/stock/routes/StockPage';
import { StockImportPage } from '../features/stockimport/routes/StockImportPage';
import { NotFoundPage } from './NotFoundPage';
import { QueryProvider } from './QueryProvider';

export const routes: RouteObject[] = [
  {
    element: (
      <QueryProvider>
        <Layout />
      </QueryProvider>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'catalogue', element: <CataloguePage /> },
      { path: 'catalogue/:id', element: <ListingPage /> },
      { path: 'statut', element: <StatusPage /> },
      { path: 'accessibilite', element: <AccessibilityPage /> },
      { path: 'connexion', element: <SignInPage /> },
      { path: 'inscription', element: <SignUpPage /> },
      { path: 'invitation/:token', element: <InvitationPage /> },
      { path: 'mot-de-passe/oubli', element: <PasswordForgotPage /> },
      { path: 'mot-de-passe/nouveau/:token', element: <PasswordResetPage /> },
      { path: 'organisation', element: <OrganisationPage /> },
      { path: 'compte', element: <AccountPage /> },
      { path: 'compte/efface', element: <AccountErasedPage /> },
      { path: 'mentions-legales', element: <LegalNoticePage /> },
      { path: 'donnees-personnelles', element: <PersonalDataPage /> },
      { path: 'cookies', element: <CookiesPage /> },
      { path: 'operateur', element: <OperatorPage /> },
      { path: 'operateur/taxonomie', element: <TaxonomyPage /> },
      { path: 'stock', element: <StockPage /> },
      { path: 'stock/nouvelle', element: <StockListingPage /> },
      { path: 'stock/:id', element: <StockListingPage /> },
      { path: 'stock/import', element: <StockImportPage /> },
      // Framework agreements and orders (issue 6)
      { path: 'panier', element: <CartPage /> },
      { path: 'panier/ajout/:listingId', element: <AddToCartPage /> },
      { path: 'commandes', element: <OrdersPage /> },
      { path: 'commandes/:id', element: <OrderPage /> },
      { path: 'approbations', element: <ApprovalsPage /> },
      { path: 'accords-cadres', element: <AgreementsPage /> },
      { path: 'accords-cadres/nouveau', element: <AgreementFormPage /> },
      { path: 'accords-cadres/:id', element: <AgreementPage /> },
      { path: 'accords-cadres/:id/modifier', element: <AgreementFormPage /> },
      // Invoices and payment (issue 15)
      { path: 'factures', element: <InvoicesPage /> },
      { path: 'factures/:id', element: <InvoicePage /> },
      { path: 'tableau-de-bord', element: <DashboardPage /> },
      { path: 'besoins', element: <NeedsPage /> },
      { path: 'besoins/nouveau', element: <NeedFormPage /> },
      { path: 'besoins/statistiques', element: <SourcingStatisticsPage /> },
      { path: 'besoins/recherches', element: <SavedSearchesPage /> },
      { path: 'besoins/desabonnement/:token', element: <UnsubscribePage /> },
      { path: 'besoins/:id', element: <NeedPage /> },
      { path: 'ventes', element: <SalesPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
