// Folds an archive's flat member paths into a tree for display. Pure string
// work: "..", absolute and odd names become plain tree labels, nothing more.
export interface TreeMember {
  path: string;
  type: string;
  size: number;
  linkName: string | null;
}

export interface MemberNode {
  /** Unique among siblings, stable: the path prefix up to this node. */
  key: string;
  name: string;
  member: TreeMember | null;
  children: MemberNode[];
}

export function buildMemberTree(members: TreeMember[]): MemberNode {
  const root: MemberNode = { key: "", name: "", member: null, children: [] };
  const index = new Map<string, MemberNode>([["", root]]);
  for (const member of members) {
    const parts = member.path.split("/").filter((p) => p !== "" && p !== ".");
    if (parts.length === 0 && member.type === "directory") continue; // "./", the archive root
    if (parts.length === 0) parts.push(member.path === "" ? "(empty name)" : member.path);
    let parent = root;
    for (let depth = 0; depth < parts.length; depth++) {
      const key = `${parent.key}/${parts[depth]}`;
      let node = index.get(key);
      if (!node) {
        node = { key, name: parts[depth], member: null, children: [] };
        index.set(key, node);
        parent.children.push(node);
      }
      if (depth === parts.length - 1 && (!node.member || member.type === "file")) node.member = member;
      parent = node;
    }
  }
  return root;
}
