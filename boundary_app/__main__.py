from boundary_app.app import main

main()
