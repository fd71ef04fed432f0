/** What other parts of the interface may use from the ordering feature. */
export { AddToCartButton, type AddToCartButtonProps } from './components/AddToCartButton';
