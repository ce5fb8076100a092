import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { InputOfMethod, OutputOfMethod, Result } from '../../service/contract';
import { call, type PageMethods } from '../api/client';
import type { ServiceError } from '../i18n/messages';

// The bridge between the service's Results and TanStack Query, which knows data and thrown errors: a refusal is
// thrown as a ServiceFailure carrying the service's own error, and a screen gets that error back to show it.

export class ServiceFailure extends Error {
  constructor(readonly error: ServiceError) {
    super(error.messageKey);
    this.name = 'ServiceFailure';
  }
}

/** The value of a Result, or its error thrown as a ServiceFailure. */
export async function valueOf<T>(result: Promise<Result<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new ServiceFailure(settled.error);
  return settled.value;
}

/** One call to the service, as a query or a mutation function. */
export function answer<M extends Extract<keyof PageMethods, string>>(
  method: M,
  input: InputOfMethod<PageMethods[M]>,
  options: { job?: string } = {},
): Promise<OutputOfMethod<PageMethods[M]>> {
  return valueOf(call(method, input, options));
}

/** The error a screen shows: the service's own; anything else is a bug, said as the service says an unexpected one. */
export function serviceError(error: Error | null): ServiceError | null {
  if (error === null) return null;
  return error instanceof ServiceFailure ? error.error : { code: 'internal', messageKey: 'error.internal' };
}

/**
 * Only a desk that did not answer is asked again, twice: a refusal is the service's answer and asking again gets the
 * same one, and an out-of-date access key stays out of date.
 */
export function retryUnreachable(failures: number, error: Error): boolean {
  return failures < 2 && error instanceof ServiceFailure && error.error.messageKey === 'transport.unreachable';
}

/**
 * The desk's one cache. Data is fetched afresh whenever a screen opens (another workstation of the commission may
 * have changed it) and shown from the cache meanwhile; switching windows does not refetch everything in sight.
 */
export function makeQueryClient(): QueryClient {
  // A call that finds no session (it ran out, or an administrator disabled the user) asks again who is signed in,
  // and so brings up the sign-in screen.
  const signedOut = (error: Error): void => {
    if (error instanceof ServiceFailure && error.error.code === 'unauthenticated') void client.invalidateQueries({ queryKey: ['auth'] });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signedOut }),
    mutationCache: new MutationCache({ onError: signedOut }),
    defaultOptions: {
      queries: { staleTime: 0, retry: retryUnreachable, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
  return client;
}
