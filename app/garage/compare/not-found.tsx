export { default, generateMetadata } from '../../g/[code]/not-found';
