// The entry bundled into static/report-enhance.js (loaded with `defer`, so the report's HTML is parsed by now).
import { enhanceReport } from './enhance';

enhanceReport();
