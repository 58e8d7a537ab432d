/** A TCP port on 127.0.0.1 that is free now (the kernel's pick for port 0). */
export function freePort(): Promise<number>;
