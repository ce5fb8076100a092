export { startHost, type Host, type HostOptions, type NetworkOptions } from './server';
export type { CallTarget } from './api-route';
export { CONTENT_SECURITY_POLICY } from './headers';
