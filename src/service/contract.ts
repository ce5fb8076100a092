// The API as its callers see it: method names, their inputs and their results, all read off the registry
// (methods.ts), so that a method's types are declared nowhere but beside its handler. The renderer's client, the
// host, Electron's IPC and the CLI are typed from here (the renderer by a type-only import).
import type { InputOfMethod, OutputOfMethod, ParsedInputOfMethod } from './method';
import type { MethodName, ServiceMethods } from './methods';
import type { Result } from './result';

export type { MethodName, ServiceMethods };
export type InputOf<M extends MethodName> = InputOfMethod<ServiceMethods[M]>;
export type ParsedInput<M extends MethodName> = ParsedInputOfMethod<ServiceMethods[M]>;
export type OutputOf<M extends MethodName> = OutputOfMethod<ServiceMethods[M]>;
export type Outputs = { [M in MethodName]: OutputOf<M> };

/**
 * How a transport carries a call over a set of methods (the service's, and in the desk window main's own too): one
 * method name, one input object, one result.
 */
export type CallOver<T> = <M extends keyof T & string>(method: M, input: InputOfMethod<T[M]>) => Promise<Result<OutputOfMethod<T[M]>>>;
export type Call = CallOver<ServiceMethods>;

export type { InputOfMethod, OutputOfMethod, Result };
export type * from './views';
