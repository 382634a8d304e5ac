/**
 * The one script every page carries (well under 2 KB gzip): it corrects statuses, the
 * countdown and deadlines to the reader's day (today.ts), and turns the 长辈模式 link
 * into an in-place switch that is remembered (reader-mode.ts). One file, one request.
 * Everything else on a page works without it.
 */
import './today.ts';
import './elder-mode.ts';
