import { describe, expect, it } from 'vitest';
import { phoneHandOff } from './kiosk';

describe('kiosk hand-off to the phone', () => {
  it('keeps the configuration, drops the dealership and marks the origin', () => {
    expect(phoneHandOff('/kiosk/horizon?t=gt&p=red&dealership=LYON')).toEqual({ model: 'horizon', path: '/configure/horizon?t=gt&p=red&via=kiosk', dealership: 'LYON' });
  });
  it('refuses anything that is not a kiosk configurator path', () => {
    expect(phoneHandOff('https://evil.example/kiosk/horizon?x=1')).toBeNull();
    expect(phoneHandOff('/kiosk/horizon?x=<script>')).toBeNull();
    expect(phoneHandOff('//evil.example/kiosk/horizon?x=1')).toBeNull();
  });
});
