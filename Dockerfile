# Worker and starter images. Pure Go (SQLite via modernc.org/sqlite), no cgo.
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
