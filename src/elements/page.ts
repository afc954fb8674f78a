// Every custom element a page may hold, defined at load by one module that BaseLayout.astro loads
// on every page: one file, cached once for the whole site, and gzip shrinks one file better than
// eight small ones. Each element's module is small; what an interaction needs is imported on its
// first use (see each module). The components that render the elements carry no script of their own.
import './theme-toggle.ts';
import './interview-mode.ts';
import './site-search.ts';
import './sql-example-element.ts';
import './python-example-element.ts';
import './dialect-tabs-element.ts';
import './sql-challenge-element.ts';
import './copy-link-element.ts';
import './dataset-panel-element.ts';
import { sharedQueryIn } from '../lib/shared-query-params.ts';
import './register-service-worker.ts';

// A link copied with an edit: the code that opens it is imported only when the address carries one.
if (sharedQueryIn(new URL(location.href))) void import('./open-shared-query.ts');
