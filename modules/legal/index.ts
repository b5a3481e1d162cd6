// Legal pages (mentions légales, CGV, confidentialité): their slugs and texts.
export * from './pages';
