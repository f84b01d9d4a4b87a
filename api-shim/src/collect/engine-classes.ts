// SPDX-License-Identifier: AGPL-3.0-or-later
// Drivers' engine names → the UI's engine classes: each driver module (drivers/*.ts) lists its own.
import type { EngineClass } from '../api/types.ts';
import { engineClassOf } from './drivers/registry.ts';

export function engineClass(name: string, kernelDriver?: string): EngineClass {
  return engineClassOf(name, kernelDriver);
}
