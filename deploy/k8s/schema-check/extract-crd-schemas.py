#!/usr/bin/env python3
"""Turns upstream CRD YAML files into the compact schemas in crd-schemas/ (storage version only,
descriptions dropped). Usage: extract-crd-schemas.py <crd.yaml>... (see crd-schemas/SOURCES.md)."""
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def strip(node, is_properties=False):
    """Drops documentation ("description" keywords), never a property that happens to be named so."""
    if isinstance(node, dict):
        if is_properties:
            return {k: strip(v) for k, v in node.items()}
        return {k: strip(v, k == "properties") for k, v in node.items() if k != "description"}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


for path in sys.argv[1:]:
    crd = yaml.safe_load(open(path))
    for version in crd["spec"]["versions"]:
        if not version.get("served"):
            continue
        out = {
            "group": crd["spec"]["group"],
            "version": version["name"],
            "kind": crd["spec"]["names"]["kind"],
            "schema": strip(version["schema"]["openAPIV3Schema"]),
        }
        name = f"{out['group']}_{out['version']}_{out['kind']}.json"
        with open(os.path.join(HERE, "crd-schemas", name), "w") as f:
            json.dump(out, f, separators=(",", ":"), sort_keys=True)
            f.write("\n")
        print("wrote crd-schemas/" + name)
