# syntax=docker/dockerfile:1
# The service as an image, in two stages:
#   build    all dependencies (`npm ci`) and `npm run build` — the commands CI runs — giving dist/ and console/dist/
#   runtime  production dependencies only (`npm ci --omit=dev`), the built server and console, run as the user `node`
# One image serves both roles: APP_ROLE=api (the HTTP API and the console) or APP_ROLE=worker (queues, schedulers,
# outbox relay); docker-compose.yml runs one of each beside PostgreSQL and Redis.
#   docker build -t coop-agreements .
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/console/dist ./console/dist
# uploads, the mail drop (without SMTP_URL) and an embedded database live under DATA_DIR: a volume, owned by node
RUN mkdir -p /app/data && chown node:node /app/data
USER node
ENV PORT=3000 HOST=0.0.0.0 DATA_DIR=/app/data
VOLUME ["/app/data"]
EXPOSE 3000
# ready = the database and the queue answer (GET /health/ready); Node's own fetch, so the image needs no curl.
# The worker serves no HTTP: docker-compose.yml turns this check off for it.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# exec form: node is PID 1 and gets SIGTERM itself (it drains HTTP and stops the workers within 5 s)
CMD ["node", "dist/src/main.js"]
