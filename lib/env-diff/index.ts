export { diffEnvironments, type EnvChange, type EnvChangeGroup, type EnvFacts } from "./diff";
export { type EmergeInfo, parseEmergeInfo, parsePortageLine, type PortageLine } from "./emerge-info";
export { type InstalledPackage, parseInstalledPackages } from "./installed-packages";
