# syntax=docker/dockerfile:1
# One image for the API (default command), the worker and the CLI:
#   node dist/src/main.js | node dist/src/worker.js | node dist/src/cli.js <command>

# --- build: install everything, compile, then drop the dev dependencies -------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
# Keep install scripts quiet and offline where they allow it.
ENV SCARF_ANALYTICS=false \
    npm_config_update_notifier=false

COPY package.json package-lock.json ./
COPY web/package.json ./web/
RUN npm ci --no-audit --no-fund

# Only what the production build needs (src/ and migrations/); tests, local data and dist/ stay out.
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY scripts ./scripts
COPY web ./web
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime: compiled code and production dependencies, run as the unprivileged `node` user -----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app

COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The staff app's build, served at /app/ (WEB_APP_DIR defaults to web/dist).
COPY --from=build /app/web/dist ./web/dist

# Files stay owned by root: the app only reads them.
USER node
EXPOSE 3000
# The app handles SIGTERM itself (drains, then exits); exec form makes node PID 1 so it receives it.
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
