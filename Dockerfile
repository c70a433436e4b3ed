# taiwa: one image for the embedded setup and for replicas behind a load balancer.
# Build: docker build -t taiwa .   Run: docker run -p 127.0.0.1:3000:3000 taiwa

# --- build stage: production dependencies, native modules compiled here (better-sqlite3) ---
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
# `npm install` rather than `npm ci`: the lock file is written without other platforms' optional
# binaries (biome's), which `npm ci` would insist on (see scripts/test-all.sh).
RUN npm install --omit=dev --no-fund --no-audit --loglevel=error
# Air-gapped sites with a local embedding model (EMBEDDING_MODEL_DIR): build with
# --build-arg LOCAL_EMBEDDINGS=true to add the optional transformers.js package (npm registry only).
ARG LOCAL_EMBEDDINGS=false
RUN if [ "$LOCAL_EMBEDDINGS" = "true" ]; then npm run -s setup:local-embeddings -- --omit=dev; fi

# --- runtime stage: no compilers, runs as the unprivileged `node` user ---
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    TAIWA_DATA_DIR=/data \
    TAIWA_CORPUS_DIR=/app/corpus
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
# Source runs under tsx (no build step). .dockerignore keeps tests, secrets, data and the host's node_modules out.
COPY --chown=root:root . .
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself is PID 1 (not npm), so SIGTERM reaches taiwa's graceful shutdown directly.
CMD ["node", "--import", "tsx", "app/main.ts"]
