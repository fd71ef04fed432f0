/** What other parts of the interface may use from the invoicing feature. */
export { BillingProfileSection } from './components/BillingProfileSection';
export { OrderInvoicesPanel, type OrderInvoiceRef } from './components/OrderInvoicesPanel';
export { CardPaymentSettingSection } from './components/CardPaymentSettingSection';
