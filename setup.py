"""Packaging glue that pyproject.toml cannot express: the top-level `policies/` folder
ships as the package data of `agentguard_policies`, so packs load by name from a wheel."""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["guard*", "detectors*", "integrations*"]) + ["agentguard_policies"],
    package_dir={"agentguard_policies": "policies"},
    package_data={
        "": ["*.yaml", "*.json", "*.txt", "*.onnx"],
        "detectors.privacy": ["data/*.txt"],
        "agentguard_policies": ["*.yaml", "**/*.yaml", "**/*.json"],
    },
)
