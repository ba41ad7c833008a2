import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { isVirtualAdapter, usableLanAddresses } from './lanAddresses'

const ipv4 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: `${address}/24` })
const ipv6 = (address: string): NetworkInterfaceInfo => ({ address, family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '00:00:00:00:00:00', cidr: `${address}/64`, scopeid: 0 })

describe('usableLanAddresses', () => {
  it('keeps the Wi-Fi and Ethernet addresses of a Linux laptop with Docker and a VPN', () => {
    const linux = {
      lo: [ipv4('127.0.0.1', true), ipv6('::1')],
      wlp2s0: [ipv4('192.168.1.23'), ipv6('fe80::1')],
      enp3s0: [ipv4('10.0.5.7')],
      docker0: [ipv4('172.17.0.1')],
      'br-3f2a9c': [ipv4('172.18.0.1')],
      veth12ab: [ipv4('169.254.10.1')],
      virbr0: [ipv4('192.168.122.1')],
      tun0: [ipv4('10.8.0.2')],
      wg0: [ipv4('10.9.0.2')],
      tailscale0: [ipv4('100.101.102.103')],
      zt5u4y6c: [ipv4('10.147.17.3')],
    }
    expect(usableLanAddresses(linux, 8080)).toEqual([
      { url: 'http://192.168.1.23:8080/', interfaceName: 'wlp2s0' },
      { url: 'http://10.0.5.7:8080/', interfaceName: 'enp3s0' },
    ])
  })

  it('keeps a Mac\'s en0 and a Windows laptop\'s Wi-Fi, not their virtual adapters', () => {
    const mac = { lo0: [ipv4('127.0.0.1', true)], en0: [ipv4('192.168.0.12')], utun3: [ipv4('10.2.0.1')], bridge100: [ipv4('192.168.64.1')], vmnet8: [ipv4('172.16.5.1')], awdl0: [ipv6('fe80::2')] }
    expect(usableLanAddresses(mac, 4173).map((a) => a.url)).toEqual(['http://192.168.0.12:4173/'])
    const windows = { 'Wi-Fi': [ipv4('172.20.10.4')], 'vEthernet (WSL)': [ipv4('172.29.16.1')], 'VirtualBox Host-Only Network': [ipv4('192.168.56.1')], 'Loopback Pseudo-Interface 1': [ipv4('127.0.0.1', true)] }
    expect(usableLanAddresses(windows, 80)).toEqual([{ url: 'http://172.20.10.4:80/', interfaceName: 'Wi-Fi' }])
  })

  it('skips link-local 169.254 (no DHCP answer yet) and answers nothing when only loopback is left', () => {
    expect(usableLanAddresses({ eth0: [ipv4('169.254.33.7')], lo: [ipv4('127.0.0.1', true)] }, 8080)).toEqual([])
    expect(usableLanAddresses({}, 8080)).toEqual([])
  })

  it('lists an address once even when two interfaces report it', () => {
    expect(usableLanAddresses({ eth0: [ipv4('192.168.1.5')], 'eth0:1': [ipv4('192.168.1.5')] }, 8080)).toHaveLength(1)
  })
})

describe('isVirtualAdapter', () => {
  it('knows container, VM and VPN adapters and leaves real ones alone', () => {
    for (const name of ['docker0', 'br-1a2b', 'veth9', 'virbr0', 'vmnet1', 'vboxnet0', 'tun0', 'tap0', 'utun2', 'wg0', 'zt0', 'tailscale0', 'vEthernet (Default Switch)']) expect(isVirtualAdapter(name), name).toBe(true)
    for (const name of ['eth0', 'wlan0', 'wlp2s0', 'enp0s31f6', 'en0', 'Wi-Fi', 'Ethernet']) expect(isVirtualAdapter(name), name).toBe(false)
  })
})
