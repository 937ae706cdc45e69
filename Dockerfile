# Production image: builds the SPA, runs the server with tsx (TypeScript is transpiled on load).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json tsconfig.base.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY web/package.json web/
# With NODE_ENV=production npm would leave out devDependencies, and the build (vite) and the runtime (tsx) are among them.
RUN npm ci --no-audit --no-fund --include=dev
COPY . .
RUN npm run build
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself, not npx: SIGTERM from `docker stop` reaches the server, which drains its sockets and exits.
CMD ["node", "--import", "tsx", "server/src/main.ts"]
