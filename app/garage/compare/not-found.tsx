export { default } from '../../g/[code]/not-found';
