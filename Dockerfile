# syntax=docker/dockerfile:1
# Kompetanseportalen: one image, built once per release, run as every instance (docs/deploy.md).
#
#   docker build \
#     --secret id=server_actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY \
#     --build-arg NEXT_DEPLOYMENT_ID=$(git rev-parse --short HEAD) \
#     -t kompetanseportalen:$(git rev-parse --short HEAD) .
#   docker build --target release -t kompetanseportalen-release:$(git rev-parse --short HEAD) .
#
# The `release` image runs the migrations (`prisma migrate deploy`) once per
# release, before the instances are rolled; the instances never migrate.
# Stages: deps (npm packages) → build (prisma generate, next build with
# output: standalone) → release (migrations) | runtime (the default: the
# standalone server as a non-root user, with a HEALTHCHECK).

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
COPY package.json package-lock.json ./
# No install scripts: Prisma's only download engine binaries, which this project does not use
# (WebAssembly schema engine and the pg driver adapter); the client is generated in the next stage.
RUN npm install --no-audit --no-fund --ignore-scripts

FROM deps AS build
COPY . .
# Version-skew protection for rolling deploys: a browser holding a page of the previous release reloads
# instead of mixing its scripts with the new one (next.config.js reads it from the environment).
ARG NEXT_DEPLOYMENT_ID=""
ENV NEXT_DEPLOYMENT_ID=${NEXT_DEPLOYMENT_ID}
# NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is a build-time secret: Next salts the server-action ids with it, so
# images built again from the same sources keep the same ids (without it every build makes a new key).
# lib/db.ts wants a DATABASE_URL when the build loads it; the build never connects.
RUN --mount=type=secret,id=server_actions_key \
    node scripts/prisma-generate.mjs \
 && if [ -s /run/secrets/server_actions_key ]; then export NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$(cat /run/secrets/server_actions_key)"; fi \
 && NEXT_OUTPUT=standalone DATABASE_URL=postgresql://build:build@localhost:5432/build npx next build

# The release step: `docker run --rm -e DATABASE_URL=… kompetanseportalen-release:<tag>`, once per release.
FROM build AS release
USER node
CMD ["node", "node_modules/prisma/build/index.js", "migrate", "deploy"]

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# The server's files belong to root and are read-only for the user that runs it; nothing is kept on local disk.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
# The portal's server: Next's handler behind the page cache (decision 013); it uses next and pg from the standalone node_modules.
COPY --from=build /app/scripts/server.mjs ./scripts/server.mjs
COPY --from=build /app/scripts/lib/response-cache.mjs ./scripts/lib/response-cache.mjs
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# One server process per core the container gets: run with -e WEB_CONCURRENCY=<cores> (docs/deploy.md, "The server").
CMD ["node", "scripts/server.mjs"]
