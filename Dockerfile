# Worker and starter images. Pure Go (SQLite via modernc.org/sqlite), no cgo.
# Nothing is read from the image at run time but the binaries: the notice
# templates, config.example.yaml, the authorities directory and the time
# zone database are embedded; distroless/static brings the CA certificates
# (SMTP STARTTLS, Slack). /data is the worker's -data-dir (docker-compose.yml
# mounts a volume there). No shell: `docker compose run --entrypoint starter`.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/worker ./worker && \
    CGO_ENABLED=0 go build -trimpath -o /out/starter ./starter && \
    mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/worker /out/starter /usr/local/bin/
COPY --from=build --chown=nonroot:nonroot /out/data /data
WORKDIR /data
ENTRYPOINT ["/usr/local/bin/worker"]
