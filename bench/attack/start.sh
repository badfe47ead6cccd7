#!/bin/bash
# usage: start.sh NAME HTTPPORT HTTPSPORT PROVIDER CONNSTR [extra args]
name=$1; http=$2; https=$3; prov=$4; cs=$5; shift 5
cd /tmp/sec3/app
ASPNETCORE_ENVIRONMENT=Staging nohup dotnet FairNotice.Web.dll --contentRoot /tmp/sec3/app \
  --Kestrel:Endpoints:Http:Url http://127.0.0.1:$http \
  --Kestrel:Endpoints:Https:Url https://127.0.0.1:$https \
  --Kestrel:Endpoints:Https:Certificate:Path /tmp/sec3/cert.pem --Kestrel:Endpoints:Https:Certificate:KeyPath /tmp/sec3/key.pem \
  --Database:Provider $prov --Database:ConnectionString "$cs" \
  --Demo:Enabled true --Antivirus:RunWithoutScanner true --Site:PublicBaseUrl https://notices.example.org \
  "$@" > /tmp/sec3/$name.log 2>&1 &
echo $! > /tmp/sec3/$name.pid
