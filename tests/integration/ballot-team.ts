import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger, type Ledger } from '../../src/ledger';
import { createService, type Caller, type Service } from '../../src/service';
import type { InputOf, MethodName, Outputs } from '../../src/service/contract';

// A commission's team over a real ledger, each member with a session of their own: the four eyes of issue 13 need
// two known clerks and a secretary, which a ledger without users cannot tell apart.

export const PASSWORD = 'пароль сотрудника комиссии';
export const TEAM = {
  admin: { login: 'admin', fullName: 'Аманова Сәуле', role: 'administrator' },
  clerkA: { login: 'sarsenova', fullName: 'Сарсенова Асель', role: 'clerk' },
  clerkB: { login: 'bekov', fullName: 'Беков Нурлан', role: 'clerk' },
  secretary: { login: 'omarov', fullName: 'Омаров Бауыржан', role: 'secretary' },
  observer: { login: 'kim', fullName: 'Ким Дана', role: 'observer' },
} as const;
export type Member = keyof typeof TEAM;

export interface Team {
  dir: string;
  ledger: Ledger;
  service: Service;
  callers: Record<Member, Caller>;
  /** Calls a method as a member and returns its value, failing the test with the error when the call fails. */
  as<M extends MethodName>(member: Member, method: M, input: InputOf<M>): Outputs[M];
  /** The same, for a method answered asynchronously (a file read). */
  asAsync<M extends MethodName>(member: Member, method: M, input: InputOf<M>): Promise<Outputs[M]>;
  /** The raw result of a call as a member, refusals included. */
  try<M extends MethodName>(member: Member, method: M, input: InputOf<M>): ReturnType<Service['call']>;
  close(): void;
}

export async function openTeam(now: () => Date = () => new Date('2023-02-16T05:00:00.000Z')): Promise<Team> {
  const dir = mkdtempSync(join(tmpdir(), 'tizim-ballot-'));
  const ledger = openLedger(join(dir, 'ledger.sqlite'));
  const service = createService(ledger, { actor: 'test', passwordCost: 12, now });
  const signIn = async (login: string): Promise<Caller> => {
    const r = await service.callAsync('auth.signIn', { login, password: PASSWORD }, { session: null, origin: 'test' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return { session: (r.value as { session: string }).session, origin: 'test' };
  };
  await service.callAsync('users.createFirst', { login: TEAM.admin.login, fullName: TEAM.admin.fullName, password: PASSWORD });
  const admin = await signIn(TEAM.admin.login);
  const callers = { admin } as Record<Member, Caller>;
  for (const [member, m] of Object.entries(TEAM) as [Member, (typeof TEAM)[Member]][]) {
    if (member === 'admin') continue;
    const r = await service.callAsync('users.create', { login: m.login, fullName: m.fullName, role: m.role, password: PASSWORD }, admin);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    callers[member] = await signIn(m.login);
  }
  const unwrap = <T>(method: string, r: { ok: boolean; value?: unknown; error?: unknown }): T => {
    if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  return {
    dir,
    ledger,
    service,
    callers,
    as: (member, method, input) => unwrap(method, service.call(method, input, callers[member])),
    asAsync: async (member, method, input) => unwrap(method, await service.callAsync(method, input, callers[member])),
    try: (member, method, input) => service.call(method, input, callers[member]),
    close() {
      ledger.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
