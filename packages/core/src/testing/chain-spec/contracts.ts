/** Solidity sources the chain spec compiles and deploys; plain text, so core needs no compiler. */

export const countedSource = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

abstract contract Counted {
    uint256 public count;
}
`;

export const counterSource = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Counted} from "./Counted.sol";

contract Counter is Counted {
    string public label;

    constructor(string memory initialLabel, uint256 start) {
        require(bytes(initialLabel).length > 0, "Counter: empty label");
        label = initialLabel;
        count = start;
    }

    function add(uint256 amount) external {
        require(amount > 0, "Counter: amount is zero");
        count += amount;
    }
}
`;

/** Line 7 lacks its semicolon; solc reports the next token, on line 8. */
export const brokenSource = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Broken {
    uint256 public count;

    function add() external { count += 1 }
}
`;

export const counterSources = { 'contracts/Counter.sol': counterSource, 'contracts/Counted.sol': countedSource };
