// How the React layer reads SDK stores.
export { useSelector } from './use-selector';
