// An archive's members as a tree (directories from the recorded paths). Names
// are whatever the archive says, so they are only ever text (React escapes
// them) and query-string values; nothing here touches a filesystem. Links,
// devices and fifos are listed, inert.
import Link from "next/link";
import { formatBytes } from "@/components/format-bytes";
import { buildMemberTree, type MemberNode } from "@/lib/files/member-tree";
import type { ArchiveMemberRow } from "@/lib/queries/files";

export function MemberTree(props: {
  fileId: number;
  members: ArchiveMemberRow[];
  selected: string | undefined;
  total: number;
}) {
  const root = buildMemberTree(props.members);
  return (
    <nav className="member-tree" data-testid="member-tree" aria-label="Archive members">
      <h2>
        Members <span className="muted">({props.total.toLocaleString("en")})</span>
      </h2>
      <ul>
        {root.children.map((node) => (
          <MemberItem key={node.key} node={node} {...props} />
        ))}
      </ul>
      {props.members.length < props.total && (
        <p className="muted">First {props.members.length} members listed.</p>
      )}
    </nav>
  );
}

function MemberItem({
  node,
  fileId,
  selected,
}: {
  node: MemberNode;
  fileId: number;
  selected: string | undefined;
}) {
  const member = node.member;
  const label = <span className="mono">{node.name}</span>;
  return (
    <li>
      {member?.type === "file" ? (
        <Link
          href={`/files/${fileId}?member=${encodeURIComponent(member.path)}`}
          aria-current={selected === member.path ? "page" : undefined}
        >
          {label}
        </Link>
      ) : (
        label
      )}
      {member && member.type !== "file" && member.type !== "directory" && (
        <span className="muted">
          {" "}
          ({member.type}
          {member.linkName !== null && (
            <>
              {" "}
              → <span className="mono">{member.linkName}</span>
            </>
          )}
          )
        </span>
      )}
      {member?.type === "file" && <span className="muted"> {formatBytes(member.size)}</span>}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <MemberItem key={child.key} node={child} fileId={fileId} selected={selected} />
          ))}
        </ul>
      )}
    </li>
  );
}
