// adapter-pg 7.10 rejects PostgreSQL's one-byte `"char"` type, which pg_catalog uses for
// contype, relkind and friends, so the schema engine cannot describe a database through it
// ("Column type 'char' could not be deserialized", cf. prisma/orm#27403). The engine reads
// those columns as ColumnType.Character; this teaches an adapter to report them that way.
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";

/** PostgreSQL type oids: `"char"`, and `text`, which adapter-pg accepts and pg returns alike. */
const PG_CHAR = 18;
const PG_TEXT = 25;

type PgField = { dataTypeID: number };
type PgResult = { fields: PgField[]; rows: unknown[] };
/** adapter-pg's private query method, the one place every pg result passes through. */
type PerformsIO = { performIO(query: SqlQuery): Promise<PgResult> };

/** Which columns of a result were `"char"`, keyed by the rows array queryRaw passes on as is. */
const charColumnsOf = new WeakMap<unknown[], number[]>();

function teachCharColumns<T extends SqlQueryable>(queryable: T): T {
  const io = queryable as unknown as PerformsIO;
  if (typeof io.performIO !== "function") {
    // A private method: fail loudly rather than misdescribe schemas if adapter-pg changes.
    throw new Error("@prisma/adapter-pg internals changed: update lib/migrate/char-columns.ts");
  }
  const performIO = io.performIO.bind(io);
  io.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID !== PG_CHAR) return;
      field.dataTypeID = PG_TEXT;
      charColumns.push(index);
    });
    if (charColumns.length > 0) charColumnsOf.set(result.rows, charColumns);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query): Promise<SqlResultSet> => {
    const resultSet = await queryRaw(query);
    for (const index of charColumnsOf.get(resultSet.rows) ?? []) {
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
  return queryable;
}

/** Patches the adapter and every transaction it opens (they query through their own object). */
export function withCharColumns(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel): Promise<Transaction> =>
    teachCharColumns(await startTransaction(isolationLevel));
  return teachCharColumns(adapter);
}
