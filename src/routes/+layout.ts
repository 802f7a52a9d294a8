// Every page is prerendered; data is queried in the browser, so nothing here runs per request.
export const prerender = true;
export const trailingSlash = 'never';
