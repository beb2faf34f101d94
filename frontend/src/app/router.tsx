import { lazy, type ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import NotFoundPage from '@/features/misc/routes/not-found-page';
import { WORKSPACE_HOME } from '@/lib/roles';
import { RequireRole } from './require-role';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

// One chunk per page; the tiny 404 page is also the route error fallback, so it stays in the entry.
const loadHome = () => import('@/features/home/routes/home-page');
const loadLogin = () => import('@/features/auth/routes/login-page');
const HomePage = lazy(loadHome);
const LoginPage = lazy(loadLogin);
const RegisterOrganisationPage = lazy(
  () => import('@/features/organisations/routes/register-organisation-page'),
);
const VerificationQueuePage = lazy(
  () => import('@/features/organisations/routes/verification-queue-page'),
);
const PublicProgrammesPage = lazy(() => import('@/features/programmes/routes/public-programmes-page'));
const AgencyProgrammesPage = lazy(() => import('@/features/programmes/routes/agency-programmes-page'));
const NewProgrammePage = lazy(() => import('@/features/programmes/routes/new-programme-page'));
const EditProgrammePage = lazy(() => import('@/features/programmes/routes/edit-programme-page'));
const ProgrammeDashboardPage = lazy(
  () => import('@/features/programmes/routes/programme-dashboard-page'),
);
const SmeCheckPage = lazy(() => import('@/features/sme/routes/sme-check-page'));
const AccountsPage = lazy(() => import('@/features/admin/routes/accounts-page'));
const AgenciesPage = lazy(() => import('@/features/admin/routes/agencies-page'));
const EmailOutboxPage = lazy(() => import('@/features/admin/routes/email-outbox-page'));
const ForgotPasswordPage = lazy(() => import('@/features/auth/routes/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('@/features/auth/routes/reset-password-page'));
const WorkspaceHomePage = lazy(() => import('@/features/workspace/routes/workspace-home-page'));
const StatementPage = lazy(() => import('@/features/legal/routes/statement-page'));
const ContactPage = lazy(() => import('@/features/legal/routes/contact-page'));

// Vouchers: applications, vouchers, redemption and payment; notifications.
const ProviderProgrammesPage = lazy(() => import('@/features/vouchers/routes/provider-programmes-page'));
const NewApplicationPage = lazy(() => import('@/features/vouchers/routes/new-application-page'));
const EditApplicationPage = lazy(() => import('@/features/vouchers/routes/edit-application-page'));
const ProviderApplicationsPage = lazy(() => import('@/features/vouchers/routes/provider-applications-page'));
const ProviderApplicationPage = lazy(() => import('@/features/vouchers/routes/provider-application-page'));
const ProviderVouchersPage = lazy(() => import('@/features/vouchers/routes/provider-vouchers-page'));
const OrganisationProfilePage = lazy(() => import('@/features/organisations/routes/organisation-profile-page'));
const ProviderVoucherPage = lazy(() => import('@/features/vouchers/routes/provider-voucher-page'));
const ReviewQueuePage = lazy(() => import('@/features/vouchers/routes/review-queue-page'));
const ReviewApplicationPage = lazy(() => import('@/features/vouchers/routes/review-application-page'));
const ReferencePage = lazy(() => import('@/features/vouchers/routes/reference-page'));
const AgencyVouchersPage = lazy(() => import('@/features/vouchers/routes/agency-vouchers-page'));
const PendingWorkPage = lazy(() => import('@/features/pending-work/routes/pending-work-page'));
const PaymentsPage = lazy(() => import('@/features/vouchers/routes/payments-page'));
const RedeemPage = lazy(() => import('@/features/vouchers/routes/redeem-page'));
const VendorRedemptionsPage = lazy(() => import('@/features/vouchers/routes/vendor-redemptions-page'));
// Incidents (NIS2 Art. 23): the clinic's and the authority's cases, ENISA's statistics.
const IncidentsPage = lazy(() => import('@/features/incidents/routes/incidents-page'));
const ReportIncidentPage = lazy(() => import('@/features/incidents/routes/report-incident-page'));
const IncidentPage = lazy(() => import('@/features/incidents/routes/incident-page'));
const RansomRulesPage = lazy(() => import('@/features/incidents/routes/ransom-rules-page'));
const IncidentStatisticsPage = lazy(() => import('@/features/incidents/routes/statistics-page'));
// Early warnings: public list and detail (the signed-in user's inbox), ENISA's editor.
const AlertsPage = lazy(() => import('@/features/alerts/routes/alerts-page'));
const AlertPage = lazy(() => import('@/features/alerts/routes/alert-page'));
const EnisaAlertsPage = lazy(() => import('@/features/alerts/routes/enisa-alerts-page'));
const ManageAlertPage = lazy(() => import('@/features/alerts/routes/manage-alert-page'));
const NewAlertPage = lazy(() => import('@/features/alerts/routes/alert-editor-page').then((m) => ({ default: m.NewAlertPage })));
const EditAlertPage = lazy(() => import('@/features/alerts/routes/alert-editor-page').then((m) => ({ default: m.EditAlertPage })));
const AuditTrailPage = lazy(() => import('@/features/audit/routes/audit-trail-page'));
const PublicRansomRulesPage = lazy(() => import('@/features/incidents/routes/public-ransom-rules-page'));
// The support centre's catalogue and training (issue 13).
const CataloguePage = lazy(() => import('@/features/catalogue/routes/catalogue-page'));
const CatalogueItemPage = lazy(() => import('@/features/catalogue/routes/item-page'));
const CatalogueWorkspacePage = lazy(() => import('@/features/catalogue/routes/workspace-page'));
const NewCatalogueItemPage = lazy(() => import('@/features/catalogue/routes/new-item-page'));
const ManageCatalogueItemPage = lazy(() => import('@/features/catalogue/routes/manage-item-page'));
const TrainingPage = lazy(() => import('@/features/training/routes/training-page'));
const MyTrainingPage = lazy(() => import('@/features/training/routes/my-training-page'));
const EnisaSessionsPage = lazy(() => import('@/features/training/routes/enisa-sessions-page'));
const RosterPage = lazy(() => import('@/features/training/routes/roster-page'));
// The EU Cybersecurity Reserve (issue 11).
const ReserveRequestsPage = lazy(() => import('@/features/reserve/routes/requests-page'));
const NewReserveRequestPage = lazy(() => import('@/features/reserve/routes/new-request-page'));
const ReserveRequestPage = lazy(() => import('@/features/reserve/routes/request-page'));
const ReserveTriagePage = lazy(() => import('@/features/reserve/routes/triage-page'));
const ReserveCapacityPage = lazy(() => import('@/features/reserve/routes/capacity-page'));
const NotificationsPage = lazy(() => import('@/features/notifications/routes/notifications-page'));

/** A page guarded by the roles of the menu entry its path falls under (see lib/roles). */
function guarded(path: string, guardPath: string, element: ReactElement): RouteObject {
  return { path, element: <RequireRole path={guardPath}>{element}</RequireRole> };
}

const voucherRoutes: RouteObject[] = [
  guarded('/provider/programmes', '/provider/programmes', <ProviderProgrammesPage />),
  guarded('/provider/programmes/:programmeId/apply', '/provider/programmes', <NewApplicationPage />),
  guarded('/provider/applications', '/provider/applications', <ProviderApplicationsPage />),
  guarded('/provider/applications/:id', '/provider/applications', <ProviderApplicationPage />),
  guarded('/provider/applications/:id/edit', '/provider/applications', <EditApplicationPage />),
  guarded('/provider/vouchers', '/provider/vouchers', <ProviderVouchersPage />),
  guarded('/provider/profile', '/provider/profile', <OrganisationProfilePage />),
  guarded('/provider/vouchers/:id', '/provider/vouchers', <ProviderVoucherPage />),
  guarded('/provider/notifications', '/provider/notifications', <NotificationsPage />),
  guarded('/agency/reviews', '/agency/reviews', <ReviewQueuePage />),
  guarded('/agency/reviews/:id', '/agency/reviews', <ReviewApplicationPage />),
  guarded('/agency/references/:reference', '/agency/reviews', <ReferencePage />),
  guarded('/agency/vouchers', '/agency/vouchers', <AgencyVouchersPage />),
  guarded('/agency/payments', '/agency/payments', <PaymentsPage />),
  guarded('/agency/pending', '/agency/pending', <PendingWorkPage />),
  guarded('/vendor/redeem', '/vendor/redeem', <RedeemPage />),
  guarded('/vendor/redemptions', '/vendor/redemptions', <VendorRedemptionsPage />),
  guarded('/vendor/notifications', '/vendor/notifications', <NotificationsPage />),
  guarded('/authority/notifications', '/authority/notifications', <NotificationsPage />),
  guarded('/provider/incidents', '/provider/incidents', <IncidentsPage />),
  guarded('/provider/incidents/new', '/provider/incidents', <ReportIncidentPage />),
  guarded('/provider/incidents/:id', '/provider/incidents', <IncidentPage />),
  guarded('/authority/incidents', '/authority/incidents', <IncidentsPage />),
  guarded('/authority/incidents/:id', '/authority/incidents', <IncidentPage />),
  guarded('/authority/ransom-rules', '/authority/ransom-rules', <RansomRulesPage />),
  guarded('/enisa/statistics', '/enisa/statistics', <IncidentStatisticsPage />),
  { path: '/alerts', element: <AlertsPage /> },
  { path: '/alerts/:id', element: <AlertPage /> },
  guarded('/admin/audit', '/admin/audit', <AuditTrailPage />),
  guarded('/agency/audit', '/agency/audit', <AuditTrailPage />),
  guarded('/enisa/alerts', '/enisa/alerts', <EnisaAlertsPage />),
  guarded('/enisa/alerts/new', '/enisa/alerts', <NewAlertPage />),
  guarded('/enisa/alerts/:id', '/enisa/alerts', <ManageAlertPage />),
  guarded('/enisa/alerts/:id/edit', '/enisa/alerts', <EditAlertPage />),
];

const catalogueRoutes: RouteObject[] = [
  { path: '/catalogue', element: <CataloguePage /> },
  { path: '/catalogue/:id', element: <CatalogueItemPage /> },
  { path: '/training', element: <TrainingPage /> },
  guarded('/enisa/catalogue', '/enisa/catalogue', <CatalogueWorkspacePage />),
  guarded('/enisa/catalogue/new', '/enisa/catalogue', <NewCatalogueItemPage />),
  guarded('/enisa/catalogue/:id', '/enisa/catalogue', <ManageCatalogueItemPage />),
  guarded('/enisa/training', '/enisa/training', <EnisaSessionsPage />),
  guarded('/enisa/training/:id', '/enisa/training', <RosterPage />),
  guarded('/vendor/services', '/vendor/services', <CatalogueWorkspacePage />),
  guarded('/vendor/services/new', '/vendor/services', <NewCatalogueItemPage />),
  guarded('/vendor/services/:id', '/vendor/services', <ManageCatalogueItemPage />),
  guarded('/provider/training', '/provider/training', <MyTrainingPage />),
];

const reserveRoutes: RouteObject[] = [
  guarded('/provider/reserve', '/provider/reserve', <ReserveRequestsPage />),
  guarded('/provider/reserve/new', '/provider/reserve', <NewReserveRequestPage />),
  guarded('/provider/reserve/:id', '/provider/reserve', <ReserveRequestPage />),
  guarded('/authority/reserve', '/authority/reserve', <ReserveRequestsPage />),
  guarded('/authority/reserve/:id', '/authority/reserve', <ReserveRequestPage />),
  guarded('/enisa/reserve', '/enisa/reserve', <ReserveTriagePage />),
  guarded('/enisa/reserve/requests', '/enisa/reserve', <ReserveRequestsPage />),
  guarded('/enisa/reserve/capacity', '/enisa/reserve', <ReserveCapacityPage />),
  guarded('/enisa/reserve/:id', '/enisa/reserve', <ReserveRequestPage />),
  guarded('/vendor/reserve', '/vendor/reserve', <ReserveRequestsPage />),
  guarded('/vendor/reserve/:id', '/vendor/reserve', <ReserveRequestPage />),
];

const workspaceHomes: RouteObject[] = Object.values(WORKSPACE_HOME).map((path) => ({
  path,
  element: (
    <RequireRole path={path}>
      <WorkspaceHomePage />
    </RequireRole>
  ),
}));

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/register', element: <RegisterOrganisationPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      ...workspaceHomes,
      {
        path: '/agency/verifications',
        element: (
          <RequireRole path="/agency/verifications">
            <VerificationQueuePage />
          </RequireRole>
        ),
      },
      {
        path: '/admin/accounts',
        element: (
          <RequireRole path="/admin/accounts">
            <AccountsPage />
          </RequireRole>
        ),
      },
      {
        path: '/admin/agencies',
        element: (
          <RequireRole path="/admin/agencies">
            <AgenciesPage />
          </RequireRole>
        ),
      },
      {
        path: '/admin/email',
        element: (
          <RequireRole path="/admin/email">
            <EmailOutboxPage />
          </RequireRole>
        ),
      },
      { path: '/programmes', element: <PublicProgrammesPage /> },
      { path: '/legal-notice', element: <StatementPage kind="legalNotice" /> },
      { path: '/privacy', element: <StatementPage kind="privacy" /> },
      { path: '/cookies', element: <StatementPage kind="cookies" /> },
      { path: '/accessibility', element: <StatementPage kind="accessibility" /> },
      { path: '/contact', element: <ContactPage /> },
      { path: '/sme-check', element: <SmeCheckPage /> },
      { path: '/incidents', element: <IncidentStatisticsPage /> },
      { path: '/ransom', element: <PublicRansomRulesPage /> },
      {
        path: '/agency/programmes',
        element: (
          <RequireRole path="/agency/programmes">
            <AgencyProgrammesPage />
          </RequireRole>
        ),
      },
      {
        path: '/agency/programmes/new',
        element: (
          <RequireRole path="/agency/programmes">
            <NewProgrammePage />
          </RequireRole>
        ),
      },
      {
        path: '/agency/programmes/:id/edit',
        element: (
          <RequireRole path="/agency/programmes">
            <EditProgrammePage />
          </RequireRole>
        ),
      },
      {
        path: '/agency/programmes/:id',
        element: (
          <RequireRole path="/agency/programmes">
            <ProgrammeDashboardPage />
          </RequireRole>
        ),
      },
      ...voucherRoutes,
      ...catalogueRoutes,
      ...reserveRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * Starts loading the page a first visit lands on while the app boots, instead of after the
 * router has rendered: one round trip less before the page can be used. The import is the same
 * promise `lazy` later awaits.
 */
export function preloadFirstPage(pathname: string): void {
  if (pathname === '/') void loadHome();
  else if (pathname === '/login') void loadLogin();
}

export function createRouter() {
  return createBrowserRouter(routes);
}
