import type { ContractView } from '@buildwright/client';
import type { ReactNode } from 'react';
import { useOptionalBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface ContractCardProps {
  /** The contract to show; the project's latest deployed contract when omitted (inside a provider). */
  contract?: ContractView | null;
  unstyled?: boolean;
  className?: string;
}

interface AbiParameter {
  name?: string;
  type: string;
}
interface AbiFunction {
  type: 'function';
  name: string;
  inputs?: AbiParameter[];
  outputs?: AbiParameter[];
  stateMutability?: string;
}

const isFunction = (item: unknown): item is AbiFunction =>
  typeof item === 'object' && item !== null && (item as { type?: unknown }).type === 'function' && typeof (item as { name?: unknown }).name === 'string';
const signature = (parameters: AbiParameter[] = []) => parameters.map((parameter) => `${parameter.type}${parameter.name ? ` ${parameter.name}` : ''}`).join(', ');

/**
 * A deployed contract: name, address, network, a link to the block explorer, and its ABI
 * functions (read or write).
 *
 * @example
 * <ContractCard />
 * <ContractCard contract={{ name: 'Counter', address: '0x…', chainId: 11155111, network: 'sepolia', txHash: '0x…', explorerUrl: 'https://sepolia.etherscan.io/address/0x…', abi }} />
 */
export function ContractCard(props: ContractCardProps): ReactNode {
  const client = useOptionalBuilder();
  return props.contract !== undefined || !client ? <ContractCardView {...props} contract={props.contract ?? null} /> : <ConnectedContractCard {...props} />;
}

function ConnectedContractCard(props: ContractCardProps) {
  const contract = useBuilderSnapshot((snapshot) => snapshot.contracts.at(-1) ?? null);
  return <ContractCardView {...props} contract={contract} />;
}

function ContractCardView({ contract, unstyled, className }: Omit<ContractCardProps, 'contract'> & { contract: ContractView | null }) {
  useDefaultTheme(!unstyled);
  if (!contract) return null;
  const functions = (contract.abi ?? []).filter(isFunction);
  return (
    <section className={classNames('bw bw-panel bw-contract', className)} aria-label={`Contract ${contract.name}`} data-testid="bw-contract">
      <h3 className="bw-panel-title">{contract.name}</h3>
      <dl>
        <dt>Address</dt>
        <dd>{contract.address}</dd>
        <dt>Network</dt>
        <dd>
          {contract.network} (chain {contract.chainId})
        </dd>
        <dt>Transaction</dt>
        <dd>{contract.txHash}</dd>
      </dl>
      {contract.explorerUrl && (
        <a href={contract.explorerUrl} target="_blank" rel="noopener noreferrer">
          View on the block explorer ↗
        </a>
      )}
      {contract.abi === null ? (
        <p className="bw-cost">The ABI appears when the run completes.</p>
      ) : (
        <>
          <h4 className="bw-panel-title">Functions</h4>
          <ul className="bw-abi">
            {functions.map((item, index) => {
              const reads = item.stateMutability === 'view' || item.stateMutability === 'pure';
              return (
                <li key={`${item.name}:${index}`}>
                  <span className="bw-badge">{reads ? 'read' : item.stateMutability === 'payable' ? 'payable' : 'write'}</span> {item.name}({signature(item.inputs)})
                  {item.outputs?.length ? ` → ${signature(item.outputs)}` : ''}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
