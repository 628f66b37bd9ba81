import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { signedInRoute } from '../root';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const figuresSearch = z.object({ from: z.string().regex(DATE).optional(), to: z.string().regex(DATE).optional() });
export type FiguresSearch = z.infer<typeof figuresSearch>;

/** The figures screen: its charts load as their own chunk, the first time someone opens it. */
export const figuresRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'figures',
  validateSearch: figuresSearch,
  component: lazyRouteComponent(() => import('./FiguresPage'), 'FiguresPage'),
});
