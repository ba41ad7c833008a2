import type { NetworkInterfaceInfo } from 'node:os'
import type { WorkshopAddress } from '@common/workshop/api'

/**
 * Names of virtual adapters phones in the room cannot reach: containers and bridges (docker, br-,
 * veth, virbr, cni, flannel, podman, lxc), virtual machines (vmnet, vboxnet, Hyper-V "vEthernet"),
 * VPNs and tunnels (tun, tap, utun, wg, zt, tailscale, ppp, ipsec, gif, stf, llw, awdl).
 */
const VIRTUAL_ADAPTER = /^(?:docker|br-|veth|virbr|vmnet|vboxnet|vnet|tun|tap|utun|wg|zt|tailscale|ts\d|cni|flannel|cali|podman|lxc|lxd|ppp|ipsec|gif|stf|llw|awdl|anpi|bridge\d|vethernet|virtualbox|vmware|hyper-v)/i

/** True when an interface name is a virtual adapter (container, VM, VPN or tunnel), not the laptop's Wi-Fi or Ethernet. */
export function isVirtualAdapter(name: string): boolean {
  return VIRTUAL_ADAPTER.test(name.trim())
}

/** True for an IPv4 address a phone on the same Wi-Fi could open: not loopback (127/8), link-local (169.254/16), unspecified or multicast. */
export function isUsableLanIpv4(address: string): boolean {
  const octets = address.split('.').map(Number)
  if (octets.length !== 4 || octets.some((octet) => !Number.isInteger(octet) || octet < 0 || octet > 255)) return false
  const [first, second] = octets as [number, number, number, number]
  if (first === 127 || first === 0 || first >= 224) return false
  return !(first === 169 && second === 254)
}

/**
 * The addresses attendees can open, from `os.networkInterfaces()`: IPv4, not internal, not
 * loopback or link-local, not a virtual adapter; one per address, in interface order.
 */
export function usableLanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>, port: number): WorkshopAddress[] {
  const seen = new Set<string>()
  const found: WorkshopAddress[] = []
  for (const [interfaceName, infos] of Object.entries(interfaces)) {
    if (!infos || isVirtualAdapter(interfaceName)) continue
    for (const info of infos) {
      // Node 18.0–18.3 reported the family as a number.
      const ipv4 = info.family === 'IPv4' || (info.family as unknown) === 4
      if (!ipv4 || info.internal || !isUsableLanIpv4(info.address) || seen.has(info.address)) continue
      seen.add(info.address)
      found.push({ url: `http://${info.address}:${port}/`, interfaceName })
    }
  }
  return found
}
