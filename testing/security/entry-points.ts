// Finds every way into the server that a request can name: exported server actions ("use server"
// files) and route handlers under app/api. Read from the source, so new ones are found on their own.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof httpMethods)[number];

function* sourceFiles(folder: string): Generator<string> {
  for (const name of readdirSync(folder).sort()) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) {
      if (name !== "generated" && name !== "node_modules") yield* sourceFiles(file);
    } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
      yield file;
    }
  }
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
const isServerActionFile = (source: string) => /^\s*["']use server["'];?/.test(withoutComments(source));

function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/^export\s+(?:async\s+)?(?:function\s*\*?|const|let)\s+(\w+)/gm)].map(
    (match) => match[1],
  );
  const destructured = [...source.matchAll(/^export\s+const\s+\{([^}]+)\}/gm)].flatMap((match) =>
    match[1].split(",").map((name) => name.trim().split(":").at(-1)!.trim()),
  );
  const listed = [...source.matchAll(/^export\s+\{([^}]+)\}/gm)].flatMap((match) =>
    match[1].split(",").map((name) =>
      name
        .trim()
        .split(/\s+as\s+/)
        .at(-1)!
        .trim(),
    ),
  );
  return [...names, ...destructured, ...listed].filter(Boolean);
}

export type ServerAction = { name: string; file: string };
export type RouteHandler = { method: HttpMethod; route: string; file: string };

/** Every exported function of every "use server" file under lib/ and app/. */
export function serverActions(root = "."): ServerAction[] {
  return ["lib", "app"].flatMap((folder) =>
    [...sourceFiles(path.join(root, folder))].flatMap((file) => {
      const source = readFileSync(file, "utf8");
      return isServerActionFile(source)
        ? exportedNames(source).map((name) => ({ name, file: path.relative(root, file) }))
        : [];
    }),
  );
}

/** Every exported HTTP method of every route.ts under app/api, with its address (route groups removed). */
export function routeHandlers(root = "."): RouteHandler[] {
  return [...sourceFiles(path.join(root, "app/api"))]
    .filter((file) => path.basename(file) === "route.ts")
    .flatMap((file) => {
      const relative = path.relative(path.join(root, "app"), path.dirname(file));
      const route =
        "/" +
        relative
          .split(path.sep)
          .filter((segment) => !/^\(.*\)$/.test(segment))
          .join("/");
      const methods = exportedNames(readFileSync(file, "utf8")).filter((name): name is HttpMethod =>
        (httpMethods as readonly string[]).includes(name),
      );
      return methods.map((method) => ({ method, route, file: path.relative(root, file) }));
    });
}

export const isMutating = (method: HttpMethod) => !["GET", "HEAD", "OPTIONS"].includes(method);
